/** Builds AWS SDK clients for AWS itself or for any S3/SQS-compatible endpoint. */
package dev.coinengine.store.aws;
