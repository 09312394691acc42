-- The database guarantee behind booking: among sessions that hold time (SCHEDULED, LIVE), no two of one Friend overlap
-- (a Friend's range runs to busy_until, i.e. includes the buffer after the session) and no two of one user overlap.
-- btree_gist lets a GiST exclusion constraint compare the bigint ids with '='; it is a trusted extension (PG 13+).
create extension if not exists btree_gist;

alter table chat_sessions add constraint chat_sessions_ex_friend_time
    exclude using gist (friend_id with =, tstzrange(starts_at, busy_until) with &&)
    where (status in ('SCHEDULED', 'LIVE'));

alter table chat_sessions add constraint chat_sessions_ex_user_time
    exclude using gist (user_id with =, tstzrange(starts_at, ends_at) with &&)
    where (status in ('SCHEDULED', 'LIVE'));
