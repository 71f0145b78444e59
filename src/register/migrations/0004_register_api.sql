-- Member search at 1 M members: candidates in alphabetical order by an index-only scan (name is
-- included, so no heap visit per row) that stops after a few hundred matches of a common name,
-- instead of visiting every row that matches it.
create index person_name_lower on person (lower(name), id) include (name);
