-- Identity: accounts, roles, external identities, consents, refresh-token families, one-time tokens, login throttling,
-- Friend applications, OAuth state, audit trail. Portable SQL: runs unchanged on PostgreSQL and the embedded H2.
-- Sequences start at their increment: EclipseLink reads nextval as the top of a 50-id block (ids 1..50 first).

create sequence users_seq start with 50 increment by 50;
create table users (
    id                bigint       not null,
    public_id         varchar(36)  not null,
    email             varchar(320),
    display_name      varchar(80)  not null,
    password_hash     varchar(512),
    time_zone         varchar(64)  not null,
    locale            varchar(35)  not null,
    bio               varchar(2000),
    status            varchar(16)  not null,
    email_verified_at timestamp with time zone,
    suspended_reason  varchar(500),
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    version           bigint       not null,
    constraint users_pk primary key (id),
    constraint users_uq_public_id unique (public_id),
    constraint users_uq_email unique (email),
    constraint users_ck_status check (status in ('ACTIVE', 'SUSPENDED'))
);

create table user_roles (
    user_id bigint      not null,
    role    varchar(16) not null,
    constraint user_roles_pk primary key (user_id, role),
    constraint user_roles_fk_user foreign key (user_id) references users (id) on delete cascade,
    constraint user_roles_ck_role check (role in ('USER', 'FRIEND', 'MANAGER', 'ADMIN'))
);

create sequence user_identities_seq start with 50 increment by 50;
create table user_identities (
    id         bigint       not null,
    user_id    bigint       not null,
    provider   varchar(16)  not null,
    subject    varchar(255) not null,
    email      varchar(320),
    created_at timestamp with time zone not null,
    constraint user_identities_pk primary key (id),
    constraint user_identities_fk_user foreign key (user_id) references users (id) on delete cascade,
    constraint user_identities_uq_provider_subject unique (provider, subject)
);
create index user_identities_ix_user on user_identities (user_id);

create sequence consents_seq start with 50 increment by 50;
create table consents (
    id          bigint      not null,
    user_id     bigint      not null,
    kind        varchar(32) not null,
    version     varchar(32) not null,
    accepted_at timestamp with time zone not null,
    constraint consents_pk primary key (id),
    constraint consents_fk_user foreign key (user_id) references users (id) on delete cascade
);
create index consents_ix_user on consents (user_id);

create sequence refresh_tokens_seq start with 50 increment by 50;
create table refresh_tokens (
    id         bigint      not null,
    user_id    bigint      not null,
    family_id  varchar(36) not null,
    token_hash varchar(64) not null,
    status     varchar(16) not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    ended_at   timestamp with time zone,
    constraint refresh_tokens_pk primary key (id),
    constraint refresh_tokens_uq_token_hash unique (token_hash),
    constraint refresh_tokens_fk_user foreign key (user_id) references users (id) on delete cascade,
    constraint refresh_tokens_ck_status check (status in ('ACTIVE', 'ROTATED', 'REVOKED'))
);
create index refresh_tokens_ix_family on refresh_tokens (family_id);
create index refresh_tokens_ix_user on refresh_tokens (user_id);

create sequence one_time_tokens_seq start with 50 increment by 50;
create table one_time_tokens (
    id         bigint      not null,
    user_id    bigint      not null,
    purpose    varchar(32) not null,
    token_hash varchar(64) not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone,
    constraint one_time_tokens_pk primary key (id),
    constraint one_time_tokens_uq_token_hash unique (token_hash),
    constraint one_time_tokens_fk_user foreign key (user_id) references users (id) on delete cascade
);
create index one_time_tokens_ix_user on one_time_tokens (user_id);

create table login_throttles (
    throttle_key    varchar(400) not null,
    failures        integer      not null,
    last_failure_at timestamp with time zone not null,
    blocked_until   timestamp with time zone,
    constraint login_throttles_pk primary key (throttle_key)
);

create table oauth_states (
    state         varchar(64)  not null,
    provider      varchar(16)  not null,
    code_verifier varchar(128) not null,
    created_at    timestamp with time zone not null,
    expires_at    timestamp with time zone not null,
    constraint oauth_states_pk primary key (state)
);

create sequence friend_applications_seq start with 50 increment by 50;
create table friend_applications (
    id            bigint        not null,
    public_id     varchar(36)   not null,
    user_id       bigint        not null,
    motivation    varchar(2000) not null,
    status        varchar(16)   not null,
    created_at    timestamp with time zone not null,
    decided_at    timestamp with time zone,
    decided_by    bigint,
    decision_note varchar(500),
    version       bigint        not null,
    constraint friend_applications_pk primary key (id),
    constraint friend_applications_uq_public_id unique (public_id),
    constraint friend_applications_fk_user foreign key (user_id) references users (id) on delete cascade,
    constraint friend_applications_fk_decided_by foreign key (decided_by) references users (id),
    constraint friend_applications_ck_status check (status in ('PENDING', 'APPROVED', 'REJECTED'))
);
create index friend_applications_ix_user on friend_applications (user_id);
create index friend_applications_ix_status on friend_applications (status, id);

create sequence audit_log_seq start with 50 increment by 50;
create table audit_log (
    id         bigint       not null,
    actor_id   bigint,
    action     varchar(64)  not null,
    subject    varchar(128) not null,
    detail     varchar(1000),
    created_at timestamp with time zone not null,
    constraint audit_log_pk primary key (id)
);
create index audit_log_ix_subject on audit_log (subject);
