-- National identity numbers are eleven digits: byte order is their order. Comparing them as bytes
-- (collation "C") instead of through the database's locale makes the unique index much cheaper to
-- build (the migration import builds it over a million rows) and to search. Equality is unchanged.
alter table person alter column national_id type char(11) collate "C";
alter table person_history alter column national_id type char(11) collate "C";
