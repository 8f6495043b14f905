/** English function words and newsroom filler that say nothing about what a story is about. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above according across after afterwards again against ago ahead all almost alone along already also although always am among amongst an and another any anybody anyone anything anyway anywhere are around as at away
  back be became because become becomes becoming been before beforehand behind being below beside besides between beyond both but by
  can cannot could couldn did didn do does doesn doing don done down due during
  each earlier early either else elsewhere enough etc even ever every everybody everyone everything everywhere except
  few first for former formerly from further
  get gets getting given gives go goes going gone got
  had has hasn have haven having he hence her here hereby herein hers herself him himself his how however
  i ie if in inc including indeed instead into is isn it its itself
  just
  last late later latest least less let like likely
  made make makes many may maybe me meanwhile might mine more moreover most mostly mr mrs ms much must my myself
  namely near nearly need neither never nevertheless new next no nobody none noone nor not nothing now nowhere
  of off often on once one only onto or other others otherwise our ours ourselves out over own
  per perhaps put
  quite
  rather re really
  said same say saying says see seem seemed seeming seems several she should shouldn since so some somebody somehow someone something sometime sometimes somewhere still such
  take taken than that the their theirs them themselves then thence there thereafter thereby therefore therein thereupon these they this those though through throughout thru thus to today together told too toward towards
  under unless until up upon us use used using
  very via
  want wanted wants was wasn way we well went were weren what whatever when whence whenever where whereafter whereas whereby wherein whereupon wherever whether which while whither who whoever whole whom whose why will with within without won would wouldn
  yes yet you your yours yourself yourselves
  s t ll ve d m`.split(/\s+/),
);
