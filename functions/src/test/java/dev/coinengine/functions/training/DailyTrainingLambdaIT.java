package dev.coinengine.functions.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.function.adapter.aws.FunctionInvoker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Lambda path of {@code dailyTraining} through {@link FunctionInvoker}: an EventBridge
 * scheduled event invokes it directly (IAM authorises that caller, no bearer token), an API Gateway
 * v2 event needs the token. The invoker reads its settings from system properties, restored
 * afterwards.
 */
class DailyTrainingLambdaIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Map<String, String> SAVED = new HashMap<>();
  private static FunctionInvoker invoker;

  @BeforeAll
  static void startInvoker() {
    TrainingLambdaApplication.TRAINING = new SqsTraining("daily-training-lambda");
    Map<String, String> properties =
        Map.of(
            "MAIN_CLASS",
            TrainingLambdaApplication.class.getName(),
            "http.auth-token",
            TrainingLambdaApplication.TOKEN);
    properties.forEach((key, value) -> SAVED.put(key, System.setProperty(key, value)));
    invoker = new FunctionInvoker("dailyTraining");
  }

  @AfterAll
  static void restore() {
    SAVED.forEach(
        (key, value) -> {
          if (value == null) {
            System.clearProperty(key);
          } else {
            System.setProperty(key, value);
          }
        });
    TrainingLambdaApplication.TRAINING.close();
  }

  @Test
  void aScheduledEventInvokingTheLambdaDirectlyEnqueuesTheDaysJobs() throws Exception {
    long before = TrainingLambdaApplication.TRAINING.queue().depth();

    JsonNode body = JSON.readTree(invoke(DailyTrainingRequestTest.EVENT, new LambdaContext()));

    assertThat(body.path("trigger").stringValue()).as(body.toString()).isEqualTo("schedule");
    assertThat(body.path("requestedDate").stringValue()).isEqualTo("2026-11-25");
    assertThat(body.path("jobs").intValue()).isEqualTo(4 * 2 * 3);
    assertThat(body.path("enqueued").intValue()).isEqualTo(24);
    assertThat(body.path("runId").stringValue()).startsWith("run-2023-10-01-");
    assertThat(TrainingLambdaApplication.TRAINING.queue().depth()).isEqualTo(before + 24);
  }

  @Test
  void anApiGatewayEventNeedsTheTokenAndGetsTheSameRunIdForTheSameRun() throws Exception {
    ObjectNode event = apiGatewayEvent();
    event.put("body", "{\"date\":\"2026-11-25\"}");
    JsonNode ok = JSON.readTree(invoke(JSON.writeValueAsString(event), new LambdaContext()));
    JsonNode scheduled = JSON.readTree(invoke(DailyTrainingRequestTest.EVENT, new LambdaContext()));
    ((ObjectNode) event.path("headers")).remove("authorization");
    JsonNode refused = JSON.readTree(invoke(JSON.writeValueAsString(event), new LambdaContext()));

    assertThat(ok.path("statusCode").intValue()).isEqualTo(200);
    JsonNode body = JSON.readTree(ok.path("body").stringValue());
    assertThat(body.path("trigger").stringValue()).isEqualTo("request");
    assertThat(body.path("runId").stringValue()).isEqualTo(scheduled.path("runId").stringValue());
    assertThat(refused.path("statusCode").intValue()).isEqualTo(401);
  }

  private static ObjectNode apiGatewayEvent() throws Exception {
    try (InputStream in =
        DailyTrainingLambdaIT.class.getResourceAsStream("/events/selectCoins-apigw-v2.json")) {
      ObjectNode event = (ObjectNode) JSON.readTree(in);
      ((ObjectNode) event.path("headers"))
          .put("authorization", "Bearer " + TrainingLambdaApplication.TOKEN);
      event.put("rawPath", "/dailyTraining");
      return event;
    }
  }

  private static String invoke(String event, Context context) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    invoker.handleRequest(
        new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, context);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The invocation context Lambda hands the handler; only its presence matters here. */
  private static final class LambdaContext implements Context {
    @Override
    public String getAwsRequestId() {
      return "c0ffee00-0000-4000-8000-000000000001";
    }

    @Override
    public String getLogGroupName() {
      return "/aws/lambda/dailyTraining";
    }

    @Override
    public String getLogStreamName() {
      return "2026/11/25/[$LATEST]0";
    }

    @Override
    public String getFunctionName() {
      return "dailyTraining";
    }

    @Override
    public String getFunctionVersion() {
      return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
      return "arn:aws:lambda:eu-central-1:123456789012:function:dailyTraining";
    }

    @Override
    public CognitoIdentity getIdentity() {
      return null;
    }

    @Override
    public ClientContext getClientContext() {
      return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
      return 60_000;
    }

    @Override
    public int getMemoryLimitInMB() {
      return 1024;
    }

    @Override
    public LambdaLogger getLogger() {
      return new LambdaLogger() {
        @Override
        public void log(String message) {
          System.out.print(message);
        }

        @Override
        public void log(byte[] message) {
          System.out.print(new String(message, StandardCharsets.UTF_8));
        }
      };
    }
  }
}
