-- One person is never held by two sessions at once, whichever side of them they are on. Every account is a user, so
-- a Friend also books other Friends; chat_sessions_ex_friend_time and chat_sessions_ex_user_time each compare one
-- column, so a person booked as a Friend (friend_id) and booking as a user (user_id) at the same time passed both.
-- Each session that holds time (SCHEDULED, LIVE) keeps one row per participant here with the span it holds them (the
-- Friend's runs to busy_until, i.e. includes their buffer), written by a trigger inside the statement that changes the
-- session, so the exclusion constraint below refuses the clash (23P01) in the booking's own transaction, and a
-- parallel booking waits for the first one's outcome exactly as with the two constraints of V5_1.

create table session_person_holds (
    session_id bigint    not null,
    person_id  bigint    not null,
    during     tstzrange not null,
    constraint session_person_holds_pk primary key (session_id, person_id),
    constraint session_person_holds_fk_session foreign key (session_id) references chat_sessions (id)
        on delete cascade,
    constraint session_person_holds_ex_person_during exclude using gist (person_id with =, during with &&)
);

create function session_person_holds_sync() returns trigger language plpgsql as $$
begin
    delete from session_person_holds where session_id = new.id;
    if new.status in ('SCHEDULED', 'LIVE') then
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

create trigger chat_sessions_tg_person_holds
    after insert or update of status, starts_at, ends_at, busy_until on chat_sessions
    for each row execute function session_person_holds_sync();

insert into session_person_holds (session_id, person_id, during)
select id, user_id, tstzrange(starts_at, ends_at) from chat_sessions where status in ('SCHEDULED', 'LIVE')
union all
select id, friend_id, tstzrange(starts_at, busy_until) from chat_sessions where status in ('SCHEDULED', 'LIVE');
