-- Matching and profiles: questionnaire answers with derived traits, Friend profiles and availability, matches with
-- their score breakdown, exclusions ("never again"), blocks, and the notification outbox the notify context drains.
-- Sets of small vocabularies (languages, interests, session types) are stored as sorted comma-separated codes.

create table personality_profiles (
    user_id               bigint        not null,
    questionnaire_version varchar(32)   not null,
    answers               varchar(4000) not null,
    trait_openness        double precision not null,
    trait_conscientiousness double precision not null,
    trait_extraversion    double precision not null,
    trait_agreeableness   double precision not null,
    trait_neuroticism     double precision not null,
    interests             varchar(1000) not null,
    communication_style   varchar(16)   not null,
    languages             varchar(200)  not null,
    session_types         varchar(50)   not null,
    availability          varchar(4000) not null,
    time_zone             varchar(64)   not null,
    updated_at            timestamp with time zone not null,
    constraint personality_profiles_pk primary key (user_id),
    constraint personality_profiles_fk_user foreign key (user_id) references users (id) on delete cascade
);

create table friend_profiles (
    user_id              bigint        not null,
    bio                  varchar(2000) not null,
    languages            varchar(200)  not null,
    interests            varchar(1000) not null,
    session_types        varchar(50)   not null,
    price_tier           varchar(16)   not null,
    accepting_new        boolean       not null,
    max_sessions_per_day integer       not null,
    time_zone            varchar(64)   not null,
    rating_count         integer       not null,
    rating_sum           integer       not null,
    updated_at           timestamp with time zone not null,
    version              bigint        not null,
    constraint friend_profiles_pk primary key (user_id),
    constraint friend_profiles_fk_user foreign key (user_id) references users (id) on delete cascade,
    constraint friend_profiles_ck_price_tier check (price_tier in ('STANDARD', 'PREMIUM')),
    constraint friend_profiles_ck_max_sessions check (max_sessions_per_day between 1 and 24)
);

create sequence availability_rules_seq start with 50 increment by 50;
create table availability_rules (
    id          bigint      not null,
    friend_id   bigint      not null,
    day_of_week varchar(9)  not null,
    start_time  time        not null,
    end_time    time        not null,
    constraint availability_rules_pk primary key (id),
    constraint availability_rules_fk_friend foreign key (friend_id) references friend_profiles (user_id) on delete cascade,
    constraint availability_rules_ck_range check (start_time < end_time)
);
create index availability_rules_ix_friend on availability_rules (friend_id);

create sequence availability_exceptions_seq start with 50 increment by 50;
create table availability_exceptions (
    id         bigint  not null,
    friend_id  bigint  not null,
    on_date    date    not null,
    start_time time,
    end_time   time,
    available  boolean not null,
    constraint availability_exceptions_pk primary key (id),
    constraint availability_exceptions_fk_friend foreign key (friend_id) references friend_profiles (user_id) on delete cascade
);
create index availability_exceptions_ix_friend on availability_exceptions (friend_id, on_date);

create sequence matches_seq start with 50 increment by 50;
create table matches (
    id             bigint        not null,
    public_id      varchar(36)   not null,
    user_id        bigint        not null,
    friend_id      bigint        not null,
    status         varchar(16)   not null,
    score          double precision not null,
    rank_position  integer       not null,
    breakdown      varchar(4000) not null,
    reasons        varchar(2000) not null,
    source         varchar(16)   not null,
    proposed_on    date          not null,
    created_at     timestamp with time zone not null,
    decided_at     timestamp with time zone,
    ended_at       timestamp with time zone,
    reason         varchar(500),
    version        bigint        not null,
    constraint matches_pk primary key (id),
    constraint matches_uq_public_id unique (public_id),
    constraint matches_fk_user foreign key (user_id) references users (id) on delete cascade,
    constraint matches_fk_friend foreign key (friend_id) references users (id) on delete cascade,
    constraint matches_ck_status check (status in ('PROPOSED', 'ACCEPTED', 'DECLINED', 'ENDED')),
    constraint matches_ck_source check (source in ('NIGHTLY', 'ON_DEMAND', 'RETENTION'))
);
create index matches_ix_user_status on matches (user_id, status);
create index matches_ix_friend_status on matches (friend_id, status);

create table match_exclusions (
    user_id    bigint      not null,
    friend_id  bigint      not null,
    reason     varchar(16) not null,
    created_at timestamp with time zone not null,
    constraint match_exclusions_pk primary key (user_id, friend_id),
    constraint match_exclusions_fk_user foreign key (user_id) references users (id) on delete cascade,
    constraint match_exclusions_fk_friend foreign key (friend_id) references users (id) on delete cascade
);

create table user_blocks (
    blocker_id bigint not null,
    blocked_id bigint not null,
    created_at timestamp with time zone not null,
    constraint user_blocks_pk primary key (blocker_id, blocked_id),
    constraint user_blocks_fk_blocker foreign key (blocker_id) references users (id) on delete cascade,
    constraint user_blocks_fk_blocked foreign key (blocked_id) references users (id) on delete cascade
);
create index user_blocks_ix_blocked on user_blocks (blocked_id);

create sequence notifications_outbox_seq start with 50 increment by 50;
create table notifications_outbox (
    id           bigint        not null,
    user_id      bigint        not null,
    kind         varchar(32)   not null,
    payload      varchar(2000) not null,
    dedupe_key   varchar(200)  not null,
    created_at   timestamp with time zone not null,
    delivered_at timestamp with time zone,
    constraint notifications_outbox_pk primary key (id),
    constraint notifications_outbox_uq_dedupe_key unique (dedupe_key),
    constraint notifications_outbox_fk_user foreign key (user_id) references users (id) on delete cascade
);
create index notifications_outbox_ix_pending on notifications_outbox (delivered_at, id);
