package dev.coinengine.runner.training;

import java.util.ArrayList;
import java.util.List;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.ensemble.FullyWeightedVotingCombiner;
import org.tribuo.classification.sgd.fm.FMClassificationTrainer;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.ensemble.WeightedEnsembleModel;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains the families of {@link Family} with Tribuo on standardised rows. The scaler is fitted on
 * the training rows only and travels with the model (and into its ONNX graph).
 */
public final class TribuoModelTrainer implements ModelTrainer {
  private static final LabelFactory LABELS = new LabelFactory();
  // Tribuo logs the loss every loggingInterval steps; a huge interval keeps the log quiet.
  private static final int NO_LOGGING = Integer.MAX_VALUE;

  @Override
  public TrainedModel train(TrainingSet set, TrainerSpec spec) {
    if (set.size() == 0) {
      throw new PermanentTrainingException("no training rows for " + set.symbol());
    }
    int classes = 0;
    for (dev.coinengine.core.labels.Label label : dev.coinengine.core.labels.Label.values()) {
      if (set.count(label) > 0) {
        classes++;
      }
    }
    if (classes < 2) {
      throw new PermanentTrainingException(
          "only one label class in " + set.size() + " training rows of " + set.symbol());
    }
    FeatureScaler scaler = FeatureScaler.fit(set);
    MutableDataset<Label> data = dataset(set, scaler);
    Model<Label> model =
        switch (spec.family()) {
          case LINEAR_SGD -> linear(spec).train(data);
          case FACTORIZATION_MACHINE -> factorizationMachine(spec).train(data);
          case LINEAR_FM_ENSEMBLE ->
              WeightedEnsembleModel.createEnsembleFromExistingModels(
                  "linear-fm-ensemble",
                  List.of(linear(spec).train(data), factorizationMachine(spec).train(data)),
                  new FullyWeightedVotingCombiner());
        };
    return new TribuoTrainedModel(spec, set.featureNames(), scaler, model);
  }

  private static LinearSGDTrainer linear(TrainerSpec spec) {
    return new LinearSGDTrainer(
        new LogMulticlass(),
        new AdaGrad(spec.learningRate(), spec.adagradEpsilon()),
        spec.epochs(),
        NO_LOGGING,
        spec.minibatchSize(),
        spec.seed());
  }

  private static FMClassificationTrainer factorizationMachine(TrainerSpec spec) {
    return new FMClassificationTrainer(
        new LogMulticlass(),
        new AdaGrad(spec.learningRate(), spec.adagradEpsilon()),
        spec.epochs(),
        NO_LOGGING,
        spec.minibatchSize(),
        spec.seed(),
        spec.factors(),
        spec.factorVariance());
  }

  private static MutableDataset<Label> dataset(TrainingSet set, FeatureScaler scaler) {
    String[] names = set.featureNames().toArray(String[]::new);
    List<org.tribuo.Example<Label>> examples = new ArrayList<>(set.size());
    for (int i = 0; i < set.size(); i++) {
      examples.add(
          new ArrayExample<>(new Label(set.label(i).name()), names, scaler.apply(set.rowView(i))));
    }
    return new MutableDataset<>(
        examples, new SimpleDataSourceProvenance(set.symbol(), LABELS), LABELS);
  }
}
