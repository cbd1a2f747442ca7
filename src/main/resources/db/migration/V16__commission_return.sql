-- The authorized person may return the commission's results for a new vote (000 §39, our reading: docs/commission.md).
-- Every vote and signature belongs to a round of the meeting; a return opens the next round and keeps the earlier
-- votes and signatures as they were.
alter table commission_meeting add column vote_round integer default 1 not null;
alter table commission_meeting add column returned_by varchar(64);
alter table commission_meeting add column returned_at timestamp with time zone;
alter table commission_meeting add column return_reason varchar(2000);

alter table commission_vote add column vote_round integer default 1 not null;
alter table commission_vote drop constraint uq_commission_vote;
alter table commission_vote add constraint uq_commission_vote unique (meeting_id, servant_login, member_login, vote_round);

alter table commission_signature add column vote_round integer default 1 not null;
alter table commission_signature drop constraint uq_commission_signature;
alter table commission_signature add constraint uq_commission_signature unique (meeting_id, servant_login, vote_round);
