-- A survivor's pension (spouse, child) is paid from the deceased member's membership, but the
-- register records it on a membership of the survivor's own, of kind 'survivor'. The same person
-- can also work for that employer in that scheme: that is a separate membership of kind 'own', so
-- the survivor's pension never turns the survivor's own active membership into a pensioner one.
alter table membership add column kind text not null default 'own' check (kind in ('own', 'survivor'));
alter table membership_history add column kind text;
update membership m set kind = 'survivor'
where exists (select 1 from pension p where p.membership_id = m.id and p.benefit in ('spouse', 'child'))
  and not exists (select 1 from employment e where e.membership_id = m.id);
alter table membership drop constraint membership_person_id_employer_id_scheme_code_key;
alter table membership add constraint membership_key unique (person_id, employer_id, scheme_code, kind);
