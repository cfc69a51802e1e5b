/** The {@code dailyTraining} function: plans a training run and puts its jobs on the queue. */
package dev.coinengine.functions.training;
