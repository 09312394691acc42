-- Chat: messages with a gap-free sequence number per conversation, the superseded versions of edited and deleted
-- messages (kept for moderation), each member's read marker, single-use WebSocket tickets, and a conversation per
-- accepted match.
-- Gap-free seq: conversations.last_seq is the highest seq handed out. A writer locks the conversation row, numbers its
-- messages last_seq + 1, 2, ... and stores the new last_seq in the same transaction, so a rollback returns the numbers
-- too and two writers never share one. The unique keys are the last line of defence for both rules.

alter table conversations add column last_seq bigint default 0 not null;
alter table conversations add column last_activity_at timestamp with time zone;
update conversations set last_activity_at = created_at;
alter table conversations alter column last_activity_at set not null;
alter table conversations add constraint conversations_ck_last_seq check (last_seq >= 0);
create index conversations_ix_activity on conversations (last_activity_at, id);

-- The highest seq this member has read (0: none). Only ever moves forward.
alter table conversation_members add column last_read_seq bigint default 0 not null;

-- A match gets its conversation when it is accepted (null before that, and for matches accepted before chat existed).
alter table matches add column conversation_id bigint;
alter table matches add constraint matches_fk_conversation foreign key (conversation_id) references conversations (id);
alter table matches add constraint matches_uq_conversation unique (conversation_id);

-- body is null once deleted; revision counts the versions (1 = as sent). client_msg_id is the sender's key that makes
-- a resent message the same message.
create sequence messages_seq start with 50 increment by 50;
create table messages (
    id              bigint       not null,
    conversation_id bigint       not null,
    seq             bigint       not null,
    sender_id       bigint       not null,
    client_msg_id   varchar(64)  not null,
    body            varchar(16000),
    sent_at         timestamp with time zone not null,
    revision        integer      not null,
    edited_at       timestamp with time zone,
    deleted_at      timestamp with time zone,
    constraint messages_pk primary key (id),
    constraint messages_uq_conversation_seq unique (conversation_id, seq),
    constraint messages_uq_client_msg unique (conversation_id, sender_id, client_msg_id),
    constraint messages_fk_conversation foreign key (conversation_id) references conversations (id) on delete cascade,
    constraint messages_fk_sender foreign key (sender_id) references users (id) on delete cascade,
    constraint messages_ck_seq check (seq > 0),
    constraint messages_ck_revision check (revision > 0),
    constraint messages_ck_body check (body is not null or deleted_at is not null)
);
create index messages_ix_sender on messages (sender_id);

-- The versions a message had before an edit or a deletion replaced them: (message, revision) as it was written, and
-- when and how it was superseded.
create table message_versions (
    message_id    bigint      not null,
    revision      integer     not null,
    body          varchar(16000) not null,
    written_at    timestamp with time zone not null,
    superseded_at timestamp with time zone not null,
    superseded_by varchar(8)  not null,
    constraint message_versions_pk primary key (message_id, revision),
    constraint message_versions_fk_message foreign key (message_id) references messages (id) on delete cascade,
    constraint message_versions_ck_superseded_by check (superseded_by in ('EDIT', 'DELETE'))
);

-- Single-use tickets for the WebSocket handshake (a browser cannot send an Authorization header there). Only the
-- SHA-256 of a ticket is stored; redeeming deletes the row.
create table chat_tickets (
    token_hash varchar(64) not null,
    user_id    bigint      not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    constraint chat_tickets_pk primary key (token_hash),
    constraint chat_tickets_fk_user foreign key (user_id) references users (id) on delete cascade
);
create index chat_tickets_ix_expires on chat_tickets (expires_at);
