package dev.coinengine.functions.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonFunctionTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  record Echo(int n) {}

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final JsonFunction<Echo, Echo> echo =
      new JsonFunction<>(
          "echo",
          body ->
              new Echo(JsonFields.body(body, java.util.Set.of("n")).integer("n", 0, 9).orElse(0)),
          request -> {
            if (request.n() == 9) {
              throw new IllegalStateException("nine is a bug");
            }
            return request;
          },
          new BearerAuth(Optional.of("secret")),
          new FunctionMetrics(registry));

  private Message<String> call(String body, Map<String, Object> headers) {
    return echo.apply(
        MessageBuilder.withPayload(body.getBytes(StandardCharsets.UTF_8))
            .copyHeaders(headers)
            .build());
  }

  private Message<String> call(String body) {
    return call(body, Map.of("Authorization", "Bearer secret"));
  }

  @Test
  void aValidCallIsA200WithTheResponseAsJson() {
    Message<String> reply = call("{\"n\":3}");

    assertThat(reply.getHeaders().get(JsonFunction.STATUS_HEADER)).isEqualTo(200);
    assertThat(reply.getPayload()).isEqualTo("{\"n\":3}");
    assertThat(
            registry.get(FunctionMetrics.FUNCTION_LATENCY).tag("function", "echo").timer().count())
        .isEqualTo(1);
  }

  @Test
  void malformedJsonIsA400ForTheBody() {
    Message<String> reply = call("{\"n\":3,,}");

    assertThat(reply.getHeaders().get(JsonFunction.STATUS_HEADER)).isEqualTo(400);
    JsonNode body = JSON.readTree(reply.getPayload());
    assertThat(body.path("error").stringValue()).isEqualTo("invalid_request");
    assertThat(body.path("field").stringValue()).isEmpty();
    assertThat(body.path("reason").stringValue()).startsWith("malformed JSON");
  }

  @Test
  void aMissingOrWrongTokenIsA401() {
    assertThat(call("{}", Map.of()).getHeaders().get(JsonFunction.STATUS_HEADER)).isEqualTo(401);
    assertThat(
            call("{}", Map.of("authorization", "Bearer secrets"))
                .getHeaders()
                .get(JsonFunction.STATUS_HEADER))
        .isEqualTo(401);
    assertThat(
            registry
                .get(FunctionMetrics.FUNCTION_ERRORS)
                .tag("kind", "unauthorized")
                .counter()
                .count())
        .isEqualTo(2);
  }

  @Test
  void anUnexpectedFailureIsA500WithAnIdAndNoTrace() {
    Message<String> reply = call("{\"n\":9}");

    assertThat(reply.getHeaders().get(JsonFunction.STATUS_HEADER)).isEqualTo(500);
    JsonNode body = JSON.readTree(reply.getPayload());
    assertThat(body.path("error").stringValue()).isEqualTo("internal");
    assertThat(body.path("id").stringValue()).hasSize(36);
    assertThat(reply.getPayload()).doesNotContain("nine is a bug").doesNotContain("Exception");
  }

  @Test
  void theBodyOfAnApiGatewayEventIsRead() {
    String event = "{\"version\":\"2.0\",\"body\":\"eyJuIjo0fQ==\",\"isBase64Encoded\":true}";

    Message<String> reply =
        call(event, Map.of("authorization", "Bearer secret", "aws-api-gateway", true));

    assertThat(reply.getPayload()).isEqualTo("{\"n\":4}");
  }
}
