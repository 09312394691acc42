-- The earnings ledger is append-only: an entry is never changed, and never deleted on its own (a correction is a new
-- entry). Deleting a user still removes their entries through the foreign key's cascade: cascaded deletes run one
-- trigger level deeper (pg_trigger_depth() = 2) than a direct DELETE statement (1).
create function earnings_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' or pg_trigger_depth() < 2 then
        raise exception 'earnings entries are append-only (% refused)', tg_op using errcode = 'P0001';
    end if;
    return old;
end;
$$;

create trigger earnings_append_only before update or delete on earnings
    for each row execute function earnings_append_only();
