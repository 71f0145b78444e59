-- No query looks persons up by birth date (key figures read every membership; search goes by name
-- or number), so the index only cost time: about half a second to build in a first migration of a
-- million members, and upkeep on every write. A capability that selects persons by birth date
-- (letters before an age limit, say) creates the index its query needs in its own migration.
drop index person_birth_date;
