-- Short surveys (NPS, how one felt after a session): one row per answered survey. The definitions live in
-- sessions/surveys.json (or the file humanlink.surveys.location names); a row keeps the key and version it answered.
-- "subject" is what the survey is answered once about: 'session:<uuid>' for per-session surveys; for per-user ones
-- 'period:<instant>' (the start of the cooldown period the answer falls in) or 'version:<v>' without a cooldown.
-- The unique key is what makes "once" hold under parallel requests. Portable SQL: runs unchanged on PostgreSQL and
-- the embedded H2.

create sequence survey_responses_seq start with 50 increment by 50;
create table survey_responses (
    id             bigint        not null,
    public_id      varchar(36)   not null,
    survey_key     varchar(32)   not null,
    survey_version varchar(32)   not null,
    user_id        bigint        not null,
    subject        varchar(100)  not null,
    answers        varchar(4000) not null,
    score          integer,
    created_at     timestamp with time zone not null,
    constraint survey_responses_pk primary key (id),
    constraint survey_responses_uq_public_id unique (public_id),
    constraint survey_responses_uq_survey_key_user_id_subject unique (survey_key, user_id, subject),
    constraint survey_responses_fk_user foreign key (user_id) references users (id) on delete cascade
);
-- The summary reads one survey version in id order.
create index survey_responses_ix_survey_key_survey_version on survey_responses (survey_key, survey_version, id);
