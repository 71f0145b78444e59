-- The member search finds persons by birth date (alone or with a name: "Hansen 12.03.1958"), so
-- the index 0012 dropped for lack of a reader comes back for this one.
create index if not exists person_birth_date on person (birth_date);
