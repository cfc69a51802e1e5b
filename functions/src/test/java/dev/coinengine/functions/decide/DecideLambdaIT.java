package dev.coinengine.functions.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.function.adapter.aws.FunctionInvoker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code decide} through {@link FunctionInvoker}, as AWS runs it, with an API Gateway v2 event. */
class DecideLambdaIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Map<String, String> SAVED = new HashMap<>();
  private static FunctionInvoker invoker;

  @BeforeAll
  static void startInvoker() {
    Map<String, String> properties = Map.of("MAIN_CLASS", DecideLambdaApplication.class.getName());
    properties.forEach((key, value) -> SAVED.put(key, System.setProperty(key, value)));
    invoker = new FunctionInvoker("decide");
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
  }

  @Test
  void anApiGatewayEventGetsADecisionWithVotesCostsAndAnId() throws Exception {
    JsonNode response = invoke(event());

    assertThat(response.path("statusCode").intValue()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.path("body").stringValue());
    assertThat(body.path("symbol").stringValue()).isEqualTo("SOLUSDT");
    assertThat(body.path("decisionId").stringValue()).isNotBlank();
    // A HOLD carries its reason, a trade a positive quantity.
    if (body.path("action").stringValue().equals("HOLD")) {
      assertThat(body.path("holdReason").isString()).isTrue();
    } else {
      assertThat(body.path("quantity").decimalValue().signum()).isPositive();
    }
    assertThat(body.path("preset").path("name").stringValue()).isEqualTo("conservative");
    assertThat(body.path("barOpenTime").stringValue()).isEqualTo("2023-09-20T09:00:00Z");
    assertThat(body.path("votes").size()).isEqualTo(24); // 9 rules and 3 models per timeframe
    assertThat(body.path("models").size()).isEqualTo(6);
    assertThat(body.path("regimes").has("1h")).isTrue();
  }

  @Test
  void anUnknownSymbolIsA400NamingTheField() throws Exception {
    ObjectNode event = event();
    event.put("body", "{\"symbol\":\"NOPEUSDT\"}");

    JsonNode response = invoke(event);

    assertThat(response.path("statusCode").intValue()).isEqualTo(400);
    JsonNode body = JSON.readTree(response.path("body").stringValue());
    assertThat(body.path("field").stringValue()).isEqualTo("symbol");
  }

  @Test
  void withoutTheTokenIsA401() throws Exception {
    ObjectNode event = event();
    ((ObjectNode) event.path("headers")).put("authorization", "Bearer wrong");

    assertThat(invoke(event).path("statusCode").intValue()).isEqualTo(401);
  }

  private static ObjectNode event() throws Exception {
    try (InputStream in =
        DecideLambdaIT.class.getResourceAsStream("/events/decide-apigw-v2.json")) {
      ObjectNode event = (ObjectNode) JSON.readTree(in);
      ((ObjectNode) event.path("headers"))
          .put("authorization", "Bearer " + DecideLambdaApplication.TOKEN);
      return event;
    }
  }

  private static JsonNode invoke(JsonNode event) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    invoker.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(event)), out, null);
    return JSON.readTree(out.toByteArray());
  }
}
