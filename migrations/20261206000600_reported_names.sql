-- Company names as reported contacts: kind 'name', whose value is the name's skeleton (see
-- src/offer/names.rs: `global vork` for «Global Work» МЧЖ, GLOBAL WORK LLC and Глобал Ворк).
-- `written` keeps the name as a report first wrote it, for the operators and
-- `safar registry export`; NULL for phones, handles and links (their value is how they read).
ALTER TABLE reported_contacts ADD COLUMN written TEXT;
