-- FerretDB 1.24 pushes an equality filter down to PostgreSQL as `_jsonb -> 'field' @> value`, but
-- indexes each field with a btree on `(_jsonb -> 'field')`, which `@>` cannot use: every filtered
-- read and every `_id`-guarded write is a sequential scan of the whole collection (issue 9,
-- measured with FerretDB's `explain`). A GIN `jsonb_path_ops` index on the same expression serves
-- `@>`. This event trigger gives every btree index FerretDB creates (a MongoDB index, `_id`'s
-- included) such a twin, field by field, in the same transaction; `duban_gin_backfill()` does
-- the same for indexes that existed before the trigger. Ours, local-store only: the apps never see
-- it, and on MongoDB the indexes themselves serve these queries.

CREATE OR REPLACE FUNCTION duban_gin_twins(index_oid oid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  def text := pg_get_indexdef(index_oid);
  tbl regclass;
  field text;
BEGIN
  -- Our own GIN indexes, and anything that is not one of FerretDB's jsonb field indexes.
  IF def NOT LIKE '% USING btree (%_jsonb -> %' THEN RETURN; END IF;
  SELECT indrelid::regclass INTO tbl FROM pg_index WHERE indexrelid = index_oid;
  FOR field IN SELECT DISTINCT m[1] FROM regexp_matches(def, '\(_jsonb -> ''([^'']+)''::text\)', 'g') AS m LOOP
    -- A name from the table and the field, within PostgreSQL's 63 characters, stable across runs.
    EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON %s USING gin ((_jsonb -> %L) jsonb_path_ops)',
      'gin_' || md5(tbl::text || '/' || field), tbl, field);
  END LOOP;
END $$;

CREATE OR REPLACE FUNCTION duban_gin_on_create_index() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
  cmd record;
BEGIN
  FOR cmd IN SELECT objid FROM pg_event_trigger_ddl_commands() WHERE command_tag = 'CREATE INDEX' AND object_type = 'index' LOOP
    PERFORM duban_gin_twins(cmd.objid);
  END LOOP;
END $$;

CREATE OR REPLACE FUNCTION duban_gin_backfill() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  idx oid;
  n integer := 0;
BEGIN
  FOR idx IN
    SELECT i.indexrelid FROM pg_index i
      JOIN pg_class c ON c.oid = i.indrelid
      JOIN pg_namespace s ON s.oid = c.relnamespace
     WHERE s.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  LOOP
    PERFORM duban_gin_twins(idx);
    n := n + 1;
  END LOOP;
  RETURN n;
END $$;

DROP EVENT TRIGGER IF EXISTS duban_gin_on_create_index;
CREATE EVENT TRIGGER duban_gin_on_create_index ON ddl_command_end WHEN TAG IN ('CREATE INDEX')
  EXECUTE FUNCTION duban_gin_on_create_index();

SELECT duban_gin_backfill();
