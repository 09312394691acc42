-- The superseded versions of messages are the moderation record: never changed, never deleted on their own. Deleting
-- a message's conversation or sender (account erasure) still removes them through the foreign keys' cascades, which
-- run one trigger level deeper (pg_trigger_depth() >= 2) than a direct statement (1).
create function message_versions_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' or pg_trigger_depth() < 2 then
        raise exception 'message versions are append-only (% refused)', tg_op using errcode = 'P0001';
    end if;
    return old;
end;
$$;

create trigger message_versions_append_only before update or delete on message_versions
    for each row execute function message_versions_append_only();
