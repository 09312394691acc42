-- Billing: the provider's customer per user, trial claims (one trial per person), subscriptions and invoices as the
-- provider reported them (each row remembers the time of the event it reflects, so an older event never overwrites
-- it), premium-session payments, the Friends' append-only earnings ledger, and payouts with the entries they settle.
-- Money is integer minor units with an ISO currency code.

create table billing_customers (
    user_id              bigint      not null,
    provider_customer_id varchar(64) not null,
    created_at           timestamp with time zone not null,
    constraint billing_customers_pk primary key (user_id),
    constraint billing_customers_uq_provider unique (provider_customer_id),
    constraint billing_customers_fk_user foreign key (user_id) references users (id) on delete cascade
);

-- Hashes of the emails and cards that started a trial. No foreign key on purpose: a claim outlives the account, so
-- deleting an account and signing up again does not earn a second trial.
create table trial_claims (
    kind       varchar(8)  not null,
    value_hash varchar(64) not null,
    user_id    bigint      not null,
    claimed_at timestamp with time zone not null,
    constraint trial_claims_pk primary key (kind, value_hash),
    constraint trial_claims_ck_kind check (kind in ('EMAIL', 'CARD'))
);

create sequence subscriptions_seq start with 50 increment by 50;
create table subscriptions (
    id                       bigint      not null,
    user_id                  bigint      not null,
    provider_subscription_id varchar(64) not null,
    price_id                 varchar(64),
    status                   varchar(24) not null,
    trial_end                timestamp with time zone,
    current_period_end       timestamp with time zone,
    cancel_at_period_end     boolean     not null,
    state_as_of              timestamp with time zone not null,
    updated_at               timestamp with time zone not null,
    version                  bigint      not null,
    constraint subscriptions_pk primary key (id),
    constraint subscriptions_uq_provider unique (provider_subscription_id),
    constraint subscriptions_fk_user foreign key (user_id) references users (id) on delete cascade
);
create index subscriptions_ix_user on subscriptions (user_id, state_as_of);

create sequence invoices_seq start with 50 increment by 50;
create table invoices (
    id                       bigint      not null,
    user_id                  bigint      not null,
    provider_invoice_id      varchar(64) not null,
    provider_subscription_id varchar(64),
    paid                     boolean     not null,
    amount_minor             bigint      not null,
    currency                 varchar(3)  not null,
    hosted_url               varchar(1000),
    period_end               timestamp with time zone,
    state_as_of              timestamp with time zone not null,
    constraint invoices_pk primary key (id),
    constraint invoices_uq_provider unique (provider_invoice_id),
    constraint invoices_fk_user foreign key (user_id) references users (id) on delete cascade
);
create index invoices_ix_user on invoices (user_id, state_as_of);

alter table chat_sessions add column billing_basis varchar(16) not null default 'FREE';
alter table chat_sessions add column payment_due_at timestamp with time zone;
alter table chat_sessions drop constraint chat_sessions_ck_status;
alter table chat_sessions add constraint chat_sessions_ck_status
    check (status in ('PENDING_PAYMENT', 'SCHEDULED', 'LIVE', 'COMPLETED', 'CANCELLED', 'NO_SHOW'));
alter table chat_sessions add constraint chat_sessions_ck_billing_basis
    check (billing_basis in ('FREE', 'SUBSCRIPTION', 'PREMIUM'));

create sequence payments_seq start with 50 increment by 50;
create table payments (
    id                bigint       not null,
    user_id           bigint       not null,
    session_id        bigint       not null,
    checkout_id       varchar(128) not null,
    checkout_url      varchar(1000) not null,
    payment_intent_id varchar(64),
    amount_minor      bigint       not null,
    currency          varchar(3)   not null,
    status            varchar(16)  not null,
    refunded_minor    bigint       not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    version           bigint       not null,
    constraint payments_pk primary key (id),
    constraint payments_uq_session unique (session_id),
    constraint payments_uq_checkout unique (checkout_id),
    constraint payments_uq_intent unique (payment_intent_id),
    constraint payments_fk_user foreign key (user_id) references users (id) on delete cascade,
    constraint payments_fk_session foreign key (session_id) references chat_sessions (id) on delete cascade,
    constraint payments_ck_status check (status in ('PENDING', 'SUCCEEDED', 'FAILED', 'EXPIRED')),
    constraint payments_ck_refunded check (refunded_minor between 0 and amount_minor)
);

create sequence payouts_seq start with 50 increment by 50;
create table payouts (
    id           bigint      not null,
    public_id    varchar(36) not null,
    friend_id    bigint      not null,
    amount_minor bigint      not null,
    currency     varchar(3)  not null,
    status       varchar(8)  not null,
    transfer_id  varchar(64),
    failure      varchar(500),
    created_at   timestamp with time zone not null,
    settled_at   timestamp with time zone,
    version      bigint      not null,
    constraint payouts_pk primary key (id),
    constraint payouts_uq_public_id unique (public_id),
    constraint payouts_fk_friend foreign key (friend_id) references users (id) on delete cascade,
    constraint payouts_ck_status check (status in ('PENDING', 'PAID', 'FAILED')),
    constraint payouts_ck_amount check (amount_minor > 0)
);
create index payouts_ix_friend on payouts (friend_id, created_at);

-- Append-only: rows are inserted, never updated or deleted (a correction is a new entry). The dedupe key names the
-- fact an entry books (a session's credit, a refund total's reversal, a payout), so no fact is booked twice.
create sequence earnings_seq start with 50 increment by 50;
create table earnings (
    id           bigint      not null,
    friend_id    bigint      not null,
    session_id   bigint,
    payout_id    bigint,
    kind         varchar(16) not null,
    amount_minor bigint      not null,
    currency     varchar(3)  not null,
    available_at timestamp with time zone not null,
    dedupe_key   varchar(120) not null,
    created_at   timestamp with time zone not null,
    constraint earnings_pk primary key (id),
    constraint earnings_fk_friend foreign key (friend_id) references users (id) on delete cascade,
    constraint earnings_fk_session foreign key (session_id) references chat_sessions (id),
    constraint earnings_fk_payout foreign key (payout_id) references payouts (id),
    constraint earnings_uq_dedupe_key unique (dedupe_key),
    constraint earnings_ck_kind check (kind in ('SESSION', 'REVERSAL', 'PAYOUT', 'PAYOUT_RETURN'))
);
create index earnings_ix_friend on earnings (friend_id, created_at);

-- Which entries a payout settled; an entry is settled at most once (the primary key).
create table payout_items (
    earning_id bigint not null,
    payout_id  bigint not null,
    constraint payout_items_pk primary key (earning_id),
    constraint payout_items_fk_earning foreign key (earning_id) references earnings (id),
    constraint payout_items_fk_payout foreign key (payout_id) references payouts (id)
);
create index payout_items_ix_payout on payout_items (payout_id);

alter table friend_profiles add column payout_account_id varchar(64);
