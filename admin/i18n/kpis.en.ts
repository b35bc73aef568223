/** The KPI page, metric entries and posts (admin/kpis, admin/metric-entries, admin/posts). */
export const kpisEn = {
  menu: 'KPIs: plan vs fact',
  title: 'KPIs: plan vs fact',
  period: 'Period',
  platform: 'Platform',
  allPlatforms: 'All platforms',
  representative: 'Representative',
  wholeClient: 'All representatives',
  columns: { metric: 'Metric', platform: 'Platform', target: 'Target', fact: 'Fact', forecast: 'Forecast', shareOfPlan: 'Of plan', ceiling: 'Platform ceiling', status: 'Status' },
  statuses: { ON_TRACK: 'On track', AT_RISK: 'At risk', OFF_TRACK: 'Off track' },
  sources: { CRM: 'Counted from cases and posts', METRIC_ENTRIES: "The sum of the platform's entered figures" },
  noTarget: 'no target',
  lowerIsBetter: 'lower is better',
  outOf: '%{value} of %{outOf}',
  aboveCeiling: 'The target is above the platform ceiling: the platform cannot give that much',
  elapsed: '%{percent}% of the period has gone (%{first} – %{last}).',
  own: 'These are your own figures: your cases, your posts and your platforms\' figures.',
  noBrief: 'No brief is in force: KPI targets are set in the brief\'s KPI section.',
  statusRule: 'The forecast stretches the fact over the whole period. On track: the forecast reaches the target; at risk: it falls short by less than 15%; off track: by 15% or more.',
  import: {
    button: 'Import CSV',
    title: 'Import platform metrics from CSV',
    intro: 'A UTF-8 CSV with the columns metric,platform,day,value,source: the metric (VIEWS, THREAD_MESSAGES, SITE_VISITS), the platform\'s name, the day as YYYY-MM-DD, a whole number and the source. The file is imported whole or not at all; a figure for a day already entered is corrected.',
    choose: 'Choose a file',
    noFile: 'No file chosen',
    start: 'Import',
    sample: 'Download a sample',
    done: 'Done: %{created} added, %{updated} corrected, %{unchanged} unchanged.',
  },
  posts: {
    kinds: { NEWS: 'News', OFFER: 'Offer', ANSWER: 'Answer' },
    violationsCount: 'Brief findings: %{count}',
    clean: 'no findings',
    log: 'Log a post',
    logTitle: 'New post',
    logIntro: "Log news, an offer or an answer you posted from an official account: it counts towards the brief's posting limit with answers and is checked against the brief.",
    nowIfEmpty: 'Now when left empty',
    backToList: 'Back to the list',
    logged: 'The post is logged',
    loggedClean: 'Logged, with no brief findings.',
    loggedWithFindings: 'Logged. Brief findings: %{count}; mind them in the next posts.',
  },
};

export const kpiResourcesEn = {
  'metric-entries': {
    fields: { metric: 'Metric', platformId: 'Platform', day: 'Day', value: 'Value', source: 'Source', updatedAt: 'Changed', dayFrom: 'From', dayTo: 'To', q: 'Search the source' },
  },
  posts: {
    fields: { kind: 'Kind', platformId: 'Platform', text: 'Text', url: 'Link', postedAt: 'Posted', hasViolations: 'Brief findings', violations: 'Brief findings', q: 'Search' },
  },
};
