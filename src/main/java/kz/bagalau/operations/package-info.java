/**
 * Running Bagalau in production: optimistic-locking retries for users' engine calls in a cluster,
 * health of the job queue, evaluation metrics for Prometheus and one evaluation per business key
 * (docs/production.md).
 */
package kz.bagalau.operations;
