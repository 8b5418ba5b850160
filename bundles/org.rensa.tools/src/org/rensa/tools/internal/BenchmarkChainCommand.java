// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.tools.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import org.osgi.service.component.annotations.Component;
import org.rensa.core.analysis.AnalysisSettings;
import org.rensa.core.analysis.ChainAnalysis;
import org.rensa.core.analysis.ChainReport;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.CliValues;
import org.rensa.core.cli.RensaCommand;
import org.rensa.model.Assessment;
import org.rensa.model.AssessmentStatus;
import org.rensa.model.AuditProject;
import org.rensa.model.Clause;
import org.rensa.model.ClauseCategory;
import org.rensa.model.Contract;
import org.rensa.model.ContractKind;
import org.rensa.model.Finding;
import org.rensa.model.FindingStatus;
import org.rensa.model.InformationClass;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.Relationship;
import org.rensa.model.RelationshipKind;
import org.rensa.model.RensaFactory;
import org.rensa.model.Response;
import org.rensa.model.Severity;
import org.rensa.model.Verdict;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rensa benchmark-chain [--organizations N] [--relationships M] [--runs R]}: builds a synthetic
 * supply chain in memory (one contract with random clauses per relationship, diamonds and cycles,
 * assessments and findings for some organisations) and times coverage + flow-down + oversight + risk +
 * visibility together.
 */
@Component(service = CliCommand.class)
public final class BenchmarkChainCommand implements CliCommand<BenchmarkChainCommand.Arguments> {

	/** The declared arguments. */
	@Command(name = "benchmark-chain", description = "time the chain analysis on a synthetic supply chain (default 10000 / 15000 / 5)")
	public static final class Arguments {
		@Option(names = "--organizations", paramLabel = "N", converter = Organizations.class, description = "organisations, at least 2")
		int organizations = 10000;

		@Option(names = "--relationships", paramLabel = "M", description = "relationships, at least organisations - 1")
		int relationships = 15000;

		@Option(names = "--runs", paramLabel = "R", converter = CliValues.Positive.class, description = "timed runs")
		int runs = 5;
	}

	/** At least two organisations: the buyer and one supplier. */
	public static final class Organizations extends CliValues.WholeNumber {
		/** The converter. */
		public Organizations() {
			super(2, Integer.MAX_VALUE);
		}
	}

	@Override
	public Arguments arguments() {
		return new Arguments();
	}

	@Override
	public int execute(Arguments arguments, CliContext context) throws CliException {
		int organizations = arguments.organizations;
		int relationships = arguments.relationships;
		int runs = arguments.runs;
		if (relationships < organizations - 1) {
			throw new CliException("benchmark-chain: --relationships must be at least --organizations - 1 (" + (organizations - 1) + ")");
		}
		long start = System.nanoTime();
		AuditProject project = generate(organizations, relationships, 42);
		context.out().println(String.format(Locale.ROOT, "generated %d organisations, %d relationships, %d contracts in %d ms",
				project.getOrganizations().size(), project.getRelationships().size(), project.getContracts().size(),
				(System.nanoTime() - start) / 1_000_000));
		AnalysisSettings settings = AnalysisSettings.defaults();
		ChainAnalysis.analyze(project, settings); // warm-up
		long[] times = new long[runs];
		long[] cpu = new long[runs];
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		boolean cpuTime = threads.isCurrentThreadCpuTimeSupported();
		ChainReport report = null;
		for (int i = 0; i < runs; i++) {
			long c = cpuTime ? threads.getCurrentThreadCpuTime() : 0;
			long t = System.nanoTime();
			report = ChainAnalysis.analyze(project, settings);
			times[i] = System.nanoTime() - t;
			cpu[i] = cpuTime ? threads.getCurrentThreadCpuTime() - c : 0;
		}
		Arrays.sort(times);
		Arrays.sort(cpu);
		context.out().println(String.format(Locale.ROOT,
				"coverage + flow-down + oversight + risk + visibility: median %d ms, best %d ms, worst %d ms (%d runs)",
				times[runs / 2] / 1_000_000, times[0] / 1_000_000, times[runs - 1] / 1_000_000, runs));
		if (cpuTime) {
			context.out().println(String.format(Locale.ROOT, "CPU time of the analysing thread: median %d ms, best %d ms",
					cpu[runs / 2] / 1_000_000, cpu[0] / 1_000_000));
		}
		context.out().println(String.format(Locale.ROOT, "%d coverage rows, %d flow-down breaks, %d oversight problems, %d scores",
				report.coverage().size(), report.breaks().size(), report.problems().size(), report.risks().size()));
		return RensaCommand.OK;
	}

	/**
	 * @param organizations how many organisations (buyer included)
	 * @param relationships how many relationships (at least organisations - 1)
	 * @param seed          the random seed
	 * @return a synthetic project: a tree of supply and subcontract relationships plus random extra links
	 */
	public static AuditProject generate(int organizations, int relationships, long seed) {
		RensaFactory f = RensaFactory.eINSTANCE;
		Random random = new Random(seed);
		AuditProject project = f.createAuditProject();
		project.setName("benchmark");
		Organization[] orgs = new Organization[organizations];
		int suppliers = Math.max(1, organizations / 30);
		for (int i = 0; i < organizations; i++) {
			Organization o = f.createOrganization();
			o.setId("o" + i);
			o.setName("Org " + i);
			o.setCountry(random.nextInt(20) == 0 ? "VN" : "JP");
			o.setKind(i == 0 ? OrganizationKind.BUYER : i <= suppliers ? OrganizationKind.SUPPLIER : OrganizationKind.SUBCONTRACTOR);
			project.getOrganizations().add(o);
			orgs[i] = o;
		}
		project.setBuyer(orgs[0]);
		InformationClass[] classes = InformationClass.VALUES.toArray(new InformationClass[0]);
		ClauseCategory[] categories = ClauseCategory.VALUES.toArray(new ClauseCategory[0]);
		for (int r = 0; r < relationships; r++) {
			int to = r < organizations - 1 ? r + 1 : 1 + random.nextInt(organizations - 1);
			int from;
			if (to <= suppliers && r < organizations - 1) {
				from = 0;
			} else {
				from = 1 + random.nextInt(Math.max(1, r < organizations - 1 ? to - 1 : organizations - 1));
			}
			if (from == to) {
				from = 0;
			}
			Relationship relationship = f.createRelationship();
			relationship.setId("r" + r);
			relationship.setFrom(orgs[from]);
			relationship.setTo(orgs[to]);
			relationship.setKind(from == 0 ? RelationshipKind.SUPPLY : RelationshipKind.SUBCONTRACT);
			relationship.setDeclaredToBuyer(random.nextInt(10) > 0);
			relationship.setApproved(random.nextInt(5) > 0);
			relationship.getInformationClasses().add(classes[random.nextInt(classes.length)]);
			relationship.getInformationClasses().add(classes[random.nextInt(classes.length)]);
			project.getRelationships().add(relationship);
			Contract contract = f.createContract();
			contract.setId("c" + r);
			contract.setKind(ContractKind.MASTER_AGREEMENT);
			contract.setTitle("Contract " + r);
			contract.setRelationship(relationship);
			contract.getParties().add(orgs[from]);
			contract.getParties().add(orgs[to]);
			for (ClauseCategory category : categories) {
				if (random.nextInt(10) < 7) {
					Clause clause = f.createClause();
					clause.setCategory(category);
					clause.setFlowsDown(random.nextBoolean());
					contract.getClauses().add(clause);
				}
			}
			project.getContracts().add(contract);
		}
		Verdict[] verdicts = { Verdict.CONFORM, Verdict.PARTIALLY_CONFORM, Verdict.NONCONFORM, Verdict.NOT_VERIFIED };
		for (int i = 1; i < organizations; i += 3) {
			Assessment assessment = f.createAssessment();
			assessment.setOrganization(orgs[i]);
			assessment.setStatus(AssessmentStatus.DECLARED);
			for (int k = 0; k < 10; k++) {
				Response response = f.createResponse();
				response.setVerdict(verdicts[random.nextInt(verdicts.length)]);
				assessment.getResponses().add(response);
			}
			project.getAssessments().add(assessment);
			if (random.nextInt(3) == 0) {
				Finding finding = f.createFinding();
				finding.setOrganization(orgs[i]);
				finding.setSeverity(Severity.VALUES.get(random.nextInt(Severity.VALUES.size())));
				finding.setStatus(FindingStatus.OPEN);
				project.getFindings().add(finding);
			}
		}
		return project;
	}
}
