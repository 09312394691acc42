-- Identity hardening: access tokens that an account change can end early, X sign-in bound to the browser that started
-- it, and indexes for the hourly housekeeping. Portable SQL: runs unchanged on PostgreSQL and the embedded H2.

-- Access tokens whose iat (whole seconds) is before this instant are refused; null = none refused. Set by password
-- reset, role replacement and suspension.
alter table users add column tokens_valid_after timestamp with time zone;

-- SHA-256 (hex) of the secret handed only to the client that started the sign-in; the callback must present it.
-- Rows issued before this column existed have none and can no longer be completed (they expire within minutes).
alter table oauth_states add column binding_hash varchar(64);

create index oauth_states_ix_expires_at on oauth_states (expires_at);
create index login_throttles_ix_last_failure_at on login_throttles (last_failure_at);
create index one_time_tokens_ix_expires_at on one_time_tokens (expires_at);
