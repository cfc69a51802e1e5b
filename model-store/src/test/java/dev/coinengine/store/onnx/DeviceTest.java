package dev.coinengine.store.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DeviceTest {

  @Test
  void parsesTheThreeForms() {
    assertThat(Device.parse("auto")).isEqualTo(Device.auto());
    assertThat(Device.parse(" CPU ")).isEqualTo(Device.cpu());
    assertThat(Device.parse("cuda")).isEqualTo(Device.cuda(0));
    assertThat(Device.parse("cuda:3")).isEqualTo(new Device(Device.Kind.CUDA, 3));
    assertThat(Device.parse("cuda:3").toString()).isEqualTo("cuda:3");
  }

  @Test
  void rejectsAnythingElseNamingTheValue() {
    for (String bad : new String[] {"gpu", "cuda:", "cuda:-1", "cuda:x", "", "cuda:9999999"}) {
      assertThatThrownBy(() -> Device.parse(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + bad + "'");
    }
    assertThatThrownBy(() -> new Device(Device.Kind.CPU, 1))
        .hasMessageContaining("ordinal must be 0 for the CPU, was 1");
  }
}
