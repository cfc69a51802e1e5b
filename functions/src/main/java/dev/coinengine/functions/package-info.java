/**
 * The decision functions, served over HTTP ({@code POST /<function>}, Spring Cloud Function web)
 * and AWS Lambda ({@code FunctionInvoker}) from the same beans. {@link
 * dev.coinengine.functions.DecisionFunctions} lists the deployable surface; {@link
 * dev.coinengine.functions.FunctionsServer} starts it in-process, {@link
 * dev.coinengine.functions.FunctionsApplication} as a standalone or Lambda application.
 */
package dev.coinengine.functions;
