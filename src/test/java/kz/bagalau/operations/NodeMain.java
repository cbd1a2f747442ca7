package kz.bagalau.operations;

import kz.bagalau.BagalauApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A Bagalau node in a child JVM (see {@link Nodes#child}). With {@code --node.campaign.organisations=N} it runs
 * {@link GeneratedCampaign} and exits; otherwise it serves until it is stopped or killed.
 */
public final class NodeMain {

    private NodeMain() {
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(BagalauApplication.class, args);
        Integer organisations = context.getEnvironment().getProperty("node.campaign.organisations", Integer.class);
        if (organisations != null) {
            new GeneratedCampaign(context).run(organisations);
            System.out.println("CAMPAIGN FINISHED");
            System.exit(SpringApplication.exit(context));
        }
    }
}
