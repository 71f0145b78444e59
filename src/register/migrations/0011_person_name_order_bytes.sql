-- The name-order index of member search compares lower-cased names as bytes (collation "C")
-- instead of through the database's locale: building it over a million persons (the migration
-- import) takes about a third less time, and each comparison is a memcmp. It only picks the first
-- few hundred matches of a common name as candidates (search-persons.ts); the answer is still
-- ordered by similarity and then by the database's collation. In a database whose collation is
-- C.UTF-8 both orders are the same; in nb_NO only names that differ first at å versus æ or ø
-- are taken in another order (bytes put å first).
drop index person_name_lower;
create index person_name_lower on person ((lower(name) collate "C"), id) include (name);
