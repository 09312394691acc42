-- A session waiting for its payment holds its time like a scheduled one (until paid or released).
alter table chat_sessions drop constraint chat_sessions_ex_friend_time;
alter table chat_sessions drop constraint chat_sessions_ex_user_time;

alter table chat_sessions add constraint chat_sessions_ex_friend_time
    exclude using gist (friend_id with =, tstzrange(starts_at, busy_until) with &&)
    where (status in ('PENDING_PAYMENT', 'SCHEDULED', 'LIVE'));

alter table chat_sessions add constraint chat_sessions_ex_user_time
    exclude using gist (user_id with =, tstzrange(starts_at, ends_at) with &&)
    where (status in ('PENDING_PAYMENT', 'SCHEDULED', 'LIVE'));

-- The same for one person on either side (V5_2): pending sessions hold their participants too.
create or replace function session_person_holds_sync() returns trigger language plpgsql as $$
begin
    delete from session_person_holds where session_id = new.id;
    if new.status in ('PENDING_PAYMENT', 'SCHEDULED', 'LIVE') then
        -- The lower person id first, so two bookings sharing both people wait on each other rather than deadlock.
        insert into session_person_holds (session_id, person_id, during)
        select new.id, p.person_id, p.during
        from (values (new.user_id, tstzrange(new.starts_at, new.ends_at)),
                     (new.friend_id, tstzrange(new.starts_at, new.busy_until))) as p (person_id, during)
        order by p.person_id;
    end if;
    return null;
end
$$;
