-- Indexes for national-scale organisations (issue 14, docs/benchmarks.md): the organisation tree is walked
-- by foreign keys that had none. Indexes on Camunda's ACT_* tables are created by
-- kz.bagalau.engine.EngineIndexes once the engine has created its schema (Flyway may run before it).
create index if not exists ix_servant_position on servant (position_id);
create index if not exists ix_servant_deputy on servant (deputy_id);
create index if not exists ix_position_unit on staff_position (unit_id);
create index if not exists ix_org_unit_organisation on org_unit (organisation_id);
