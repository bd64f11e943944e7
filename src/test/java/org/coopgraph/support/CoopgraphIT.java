package org.coopgraph.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * An integration test against the real application: web server on a random port, the production embedded Neo4j on a
 * temporary home and free Bolt/HTTP ports, the seed corpus in {@code import/} ingested at startup, and a
 * {@link GraphQlClient} bean for its web server. The context (and so the database) is shared by every class that uses
 * this annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(LocalGraphQlClient.class)
public @interface CoopgraphIT {

}
