-- A session waiting for its payment holds its time like a scheduled one (until paid or released).
alter table chat_sessions drop constraint chat_sessions_ex_friend_time;
alter table chat_sessions drop constraint chat_sessions_ex_user_time;

alter table chat_sessions add constraint chat_sessions_ex_friend_time
    exclude using gist (friend_id with =, tstzrange(starts_at, busy_until) with &&)
    where (status in ('PENDING_PAYMENT', 'SCHEDULED', 'LIVE'));

alter table chat_sessions add constraint chat_sessions_ex_user_time
    exclude using gist (user_id with =, tstzrange(starts_at, ends_at) with &&)
    where (status in ('PENDING_PAYMENT', 'SCHEDULED', 'LIVE'));
