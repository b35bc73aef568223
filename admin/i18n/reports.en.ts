/** Reports and KPI revisions (admin/reports, admin/kpi-revisions), and the brief editor's KPI guards. */
export const reportsEn = {
  statuses: { DRAFT: 'Draft', SUBMITTED: 'Awaiting review', RETURNED: 'Returned', ACCEPTED: 'Accepted' },
  allPlatforms: 'All platforms',
  heading: 'Report: %{name}, %{from} – %{to}',
  reviewComment: 'Returned for changes: %{comment}',
  outOf: '%{value} of %{outOf}',
  corrected: '(corrected)',
  columns: { metric: 'Metric', value: 'Reported', target: 'Brief target', live: 'Fact now' },
  actions: { submit: 'Submit for review', accept: 'Accept', return: 'Return with comments', markdown: 'Download Markdown', pdf: 'Download PDF' },
  messages: { submitted: 'Report submitted for review', accepted: 'Report accepted', returned: 'Report returned to the representative' },
  returnDialog: {
    title: 'Return the report for changes',
    comment: 'Overall comment',
    subject: 'Figure or section',
    itemComment: 'Comment',
    addComment: 'Add a comment on a figure or section',
    confirm: 'Return',
  },
};

export const reportResourcesEn = {
  reports: {
    fields: {
      firstDay: 'Period',
      representativeName: 'Representative',
      representativeId: 'Representative',
      'platform.name': 'Platform',
      platformId: 'Platform',
      status: 'Status',
      period: 'Period',
      at: 'A day of the period',
      awaitingReview: 'Awaiting review',
      wentWell: 'What went well',
      problems: 'Problems',
      proposals: 'Proposals',
      figures: 'Figures',
      'figures.metric': 'Metric',
      'figures.value': 'Value',
    },
  },
  'kpi-revisions': {
    fields: {
      changedAt: 'When',
      metric: 'Metric',
      period: 'Period',
      'platform.name': 'Platform',
      platformId: 'Platform',
      newTarget: 'Old → new',
      isPriority: 'Priority',
      reason: 'Reason',
      'changedBy.name': 'Approved by',
    },
  },
};

export const briefKpiGuardsEn = {
  aboveCeiling: "Target %{target} is above the platform's ceiling (%{ceiling}): approval will need a reason",
  priorityHelp: 'The priority KPI: one per brief, switched at most once in 3 months',
  approveDialog: { title: 'Approve version %{number} with a reason', reason: 'Why approve despite this', confirm: 'Approve' },
};
