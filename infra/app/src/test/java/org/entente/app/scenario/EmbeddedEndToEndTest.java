package org.entente.app.scenario;

import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The end-to-end scenarios on the embedded server, over its H2 file, through the real driver: the shared application. */
@EntenteApplicationTest
class EmbeddedEndToEndTest extends EndToEndScenarios {

    @Autowired
    RestTestClient client;

    @Override
    Api api() {
        return new Api(client);
    }
}
