-- One process instance per business key, enforced by the database (issue 13). The engine has no unique key on
-- business keys; a check-then-start on two nodes at once could start the same evaluation twice. Starting claims
-- the key in the same transaction: the second node's insert fails and its start is rolled back.
create table process_business_key (
    process_key         varchar(255) not null,
    business_key        varchar(255) not null,
    process_instance_id varchar(64),
    claimed_at          timestamp with time zone not null,
    constraint pk_process_business_key primary key (process_key, business_key)
);
