-- Care groups and who may see them: packages/domain/src/registry/care-tags.ts (a test keeps them equal).
INSERT INTO care_tag (code, name_zh, name_en, visit_every_days, visible_to, sort) VALUES
  ('elderly_alone', '独居老人', 'Elderly living alone', 7, ARRAY['admin', 'leader', 'subdistrictDispatcher', 'communityStaff', 'gridLeader', 'gridWorker']::text[], 10),
  ('empty_nest', '空巢老人', 'Empty-nest elderly', 14, ARRAY['admin', 'leader', 'subdistrictDispatcher', 'communityStaff', 'gridLeader', 'gridWorker']::text[], 20),
  ('disabled', '残疾人', 'Person with disability', 30, ARRAY['admin', 'leader', 'subdistrictDispatcher', 'communityStaff', 'gridLeader', 'gridWorker']::text[], 30),
  ('subsistence', '低保对象', 'Subsistence allowance', 30, ARRAY['admin', 'leader', 'subdistrictDispatcher', 'communityStaff', 'gridLeader', 'gridWorker']::text[], 40),
  ('extreme_poverty', '特困人员', 'Extreme poverty support', 14, ARRAY['admin', 'leader', 'subdistrictDispatcher', 'communityStaff', 'gridLeader', 'gridWorker']::text[], 50),
  ('left_behind', '留守人员', 'Left-behind person', 30, ARRAY['admin', 'leader', 'subdistrictDispatcher', 'communityStaff', 'gridLeader', 'gridWorker']::text[], 60),
  ('key_youth', '重点青少年', 'Youth needing attention', 30, ARRAY['admin', 'subdistrictDispatcher', 'communityStaff']::text[], 70),
  ('community_correction', '社区矫正对象', 'Under community correction', 30, ARRAY['admin', 'subdistrictDispatcher', 'communityStaff']::text[], 80),
  ('released_prisoner', '刑满释放人员', 'Released prisoner', 90, ARRAY['admin', 'subdistrictDispatcher', 'communityStaff']::text[], 90),
  ('severe_mental', '严重精神障碍患者', 'Severe mental disorder', 30, ARRAY['admin', 'subdistrictDispatcher', 'communityStaff']::text[], 100);
