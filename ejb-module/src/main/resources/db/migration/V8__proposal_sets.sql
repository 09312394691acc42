-- The nightly matching job's proposals, one compact row per seeker (the text form is ProposalSetCodec's): the ranked
-- Friends with each score's parts, no words. The app turns a seeker's set into their open (PROPOSED) matches rows,
-- with reasons, the first time they look (PendingProposals); writing ten explained rows for every seeker each night
-- was most of the job's time. Any later write of that seeker's proposals replaces the set.
create table proposal_sets (
    user_id     bigint        not null,
    source      varchar(16)   not null,
    proposed_on date          not null,
    created_at  timestamp with time zone not null,
    proposals   varchar(100000) not null,
    constraint proposal_sets_pk primary key (user_id),
    constraint proposal_sets_fk_user foreign key (user_id) references users (id) on delete cascade,
    constraint proposal_sets_ck_source check (source in ('NIGHTLY', 'ON_DEMAND', 'RETENTION'))
);
