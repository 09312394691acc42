-- Sessions: booked text/voice/video sessions with a Friend and their lifecycle, the conversation each one gets (chat
-- adds the messages), feedback and the quality signals it raises, webhook events already processed, and a time at
-- which a notification becomes due (reminders are written ahead of time).
-- Two active bookings never overlap for a Friend (including the Friend's buffer) or for a user: Java checks it under a
-- lock for a clear answer; on PostgreSQL exclusion constraints (db/vendor/postgresql) make it a database guarantee.

create sequence conversations_seq start with 50 increment by 50;
create table conversations (
    id         bigint      not null,
    public_id  varchar(36) not null,
    kind       varchar(16) not null,
    created_at timestamp with time zone not null,
    constraint conversations_pk primary key (id),
    constraint conversations_uq_public_id unique (public_id),
    constraint conversations_ck_kind check (kind in ('SESSION', 'MATCH', 'EVENT'))
);

create table conversation_members (
    conversation_id bigint not null,
    user_id         bigint not null,
    joined_at       timestamp with time zone not null,
    constraint conversation_members_pk primary key (conversation_id, user_id),
    constraint conversation_members_fk_conversation foreign key (conversation_id) references conversations (id)
        on delete cascade,
    constraint conversation_members_fk_user foreign key (user_id) references users (id) on delete cascade
);
create index conversation_members_ix_user on conversation_members (user_id);

create sequence chat_sessions_seq start with 50 increment by 50;
create table chat_sessions (
    id                      bigint      not null,
    public_id               varchar(36) not null,
    user_id                 bigint      not null,
    friend_id               bigint      not null,
    session_type            varchar(8)  not null,
    status                  varchar(16) not null,
    starts_at               timestamp with time zone not null,
    ends_at                 timestamp with time zone not null,
    busy_until              timestamp with time zone not null,
    duration_minutes        integer     not null,
    user_time_zone          varchar(64) not null,
    friend_time_zone        varchar(64) not null,
    conversation_id         bigint      not null,
    idempotency_key         varchar(200),
    request_fingerprint     varchar(64),
    actual_started_at       timestamp with time zone,
    actual_ended_at         timestamp with time zone,
    actual_duration_seconds bigint,
    user_joined_at          timestamp with time zone,
    friend_joined_at        timestamp with time zone,
    cancelled_at            timestamp with time zone,
    cancelled_by            varchar(8),
    late_cancellation       boolean     not null,
    cancel_reason           varchar(500),
    no_show_party           varchar(8),
    no_show_reported_by     varchar(8),
    reschedule_count        integer     not null,
    created_at              timestamp with time zone not null,
    updated_at              timestamp with time zone not null,
    version                 bigint      not null,
    constraint chat_sessions_pk primary key (id),
    constraint chat_sessions_uq_public_id unique (public_id),
    constraint chat_sessions_uq_idempotency_key unique (user_id, idempotency_key),
    constraint chat_sessions_fk_user foreign key (user_id) references users (id) on delete cascade,
    constraint chat_sessions_fk_friend foreign key (friend_id) references users (id) on delete cascade,
    constraint chat_sessions_fk_conversation foreign key (conversation_id) references conversations (id),
    constraint chat_sessions_ck_type check (session_type in ('TEXT', 'VOICE', 'VIDEO')),
    constraint chat_sessions_ck_status check (status in ('SCHEDULED', 'LIVE', 'COMPLETED', 'CANCELLED', 'NO_SHOW')),
    constraint chat_sessions_ck_times check (starts_at < ends_at and ends_at <= busy_until),
    constraint chat_sessions_ck_parties check (user_id <> friend_id),
    constraint chat_sessions_ck_cancelled_by check (cancelled_by in ('USER', 'FRIEND')),
    constraint chat_sessions_ck_no_show_party check (no_show_party in ('USER', 'FRIEND', 'BOTH')),
    constraint chat_sessions_ck_no_show_reported_by check (no_show_reported_by in ('USER', 'FRIEND'))
);
create index chat_sessions_ix_user_starts on chat_sessions (user_id, starts_at);
create index chat_sessions_ix_friend_starts on chat_sessions (friend_id, starts_at);
create index chat_sessions_ix_status_ends on chat_sessions (status, ends_at);

create sequence feedback_seq start with 50 increment by 50;
create table feedback (
    id          bigint       not null,
    session_id  bigint       not null,
    author_id   bigint       not null,
    subject_id  bigint       not null,
    author_role varchar(8)   not null,
    rating      integer      not null,
    comment     varchar(2000),
    see_again   varchar(12)  not null,
    created_at  timestamp with time zone not null,
    constraint feedback_pk primary key (id),
    constraint feedback_uq_session_author unique (session_id, author_id),
    constraint feedback_fk_session foreign key (session_id) references chat_sessions (id) on delete cascade,
    constraint feedback_fk_author foreign key (author_id) references users (id) on delete cascade,
    constraint feedback_fk_subject foreign key (subject_id) references users (id) on delete cascade,
    constraint feedback_ck_rating check (rating between 1 and 5),
    constraint feedback_ck_author_role check (author_role in ('USER', 'FRIEND')),
    constraint feedback_ck_see_again check (see_again in ('PRIORITISE', 'SURE', 'NEVER'))
);
create index feedback_ix_subject on feedback (subject_id, created_at);
create index feedback_ix_author on feedback (author_id, created_at);

create sequence quality_signals_seq start with 50 increment by 50;
create table quality_signals (
    id          bigint      not null,
    feedback_id bigint      not null,
    session_id  bigint      not null,
    subject_id  bigint      not null,
    author_id   bigint      not null,
    kind        varchar(16) not null,
    created_at  timestamp with time zone not null,
    reviewed_at timestamp with time zone,
    constraint quality_signals_pk primary key (id),
    constraint quality_signals_uq_feedback_kind unique (feedback_id, kind),
    constraint quality_signals_fk_feedback foreign key (feedback_id) references feedback (id) on delete cascade,
    constraint quality_signals_fk_subject foreign key (subject_id) references users (id) on delete cascade,
    constraint quality_signals_ck_kind check (kind in ('LOW_RATING', 'NEVER_AGAIN'))
);
create index quality_signals_ix_open on quality_signals (reviewed_at, created_at);

create table processed_webhook_events (
    provider    varchar(16)  not null,
    event_id    varchar(200) not null,
    received_at timestamp with time zone not null,
    constraint processed_webhook_events_pk primary key (provider, event_id)
);

-- Null means due at once; reminders carry the moment they become due.
alter table notifications_outbox add column due_at timestamp with time zone;
create index notifications_outbox_ix_due on notifications_outbox (delivered_at, due_at);
