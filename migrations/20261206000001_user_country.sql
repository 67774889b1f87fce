-- The country the user says they are in now ("Where are you now?", asked once with one tap
-- when the emergency numbers are first needed; changeable with /country or a button under
-- the emergency numbers). Picks which local emergency numbers and helplines are shown.
-- A code of src/core/country.rs (`uz`, `ru`, `kz`, `tr`, `kr`, `gb`, `pl`, `de`, `ae`, `sa`,
-- `qa`, `other`); NULL until asked. A code this version does not know reads as "not asked".
-- Deleted with the row by /forget.
ALTER TABLE users ADD COLUMN country TEXT;
