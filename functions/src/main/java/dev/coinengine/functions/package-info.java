/**
 * Spring Cloud Function adapters for Hamilton. The decision functions arrive with the decision
 * functions issue; this module only holds the package so the module arrows are in place.
 */
package dev.coinengine.functions;
