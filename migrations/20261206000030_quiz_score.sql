-- The quiz's right answers in the user's current attempt: set to 0 when the quiz's first
-- question opens, one more for each right answer, read when the quiz ends to count the
-- attempt's score band in daily_metrics (`quiz_score`). Only a small number, never an answer.
ALTER TABLE users ADD COLUMN quiz_right INTEGER NOT NULL DEFAULT 0;
