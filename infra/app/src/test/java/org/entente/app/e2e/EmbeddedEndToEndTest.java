package org.entente.app.e2e;

import org.entente.app.support.TempData;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The end-to-end scenarios on the embedded server, over its H2 file, through the real driver. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedEndToEndTest extends EndToEndScenarios {

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry registry) {
        TempData.embeddedStore(registry, "entente-e2e");
    }
}
