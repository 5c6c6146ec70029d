/**
 * The dashboard's questions: milestones in a window (commitments falling due and met, arrangements
 * concluded, entering into force or changing status), what is overdue, whose deadlines drift, and each
 * party's scorecard. Every answer can be asked as it stood on a past day.
 */
package org.entente.api.dashboard;
