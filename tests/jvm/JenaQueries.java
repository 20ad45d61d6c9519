// Runs SPARQL queries with Apache Jena ARQ over a TriG file, as another SPARQL engine would.
//
//   java -cp 'JENA_LIB/*' JenaQueries.java DATA.trig MANIFEST.tsv OUT_DIR
//
// The default graph is the union of the file's named graphs (each triple once);
// the named graphs stay as they are (GRAPH ?doc { ... }). Each MANIFEST line is
//   NAME <TAB> QUERY.rq [<TAB> VAR=TERM ...]      (TERM in N-Triples syntax)
// and gives OUT_DIR/NAME.srj, the SPARQL JSON results. A query that Jena
// cannot parse (an undeclared prefix, say) stops the run with its message.
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.util.NodeFactoryExtra;

public class JenaQueries {
    public static void main(String[] args) throws Exception {
        DatasetGraph loaded = RDFDataMgr.loadDatasetGraph(args[0]);
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        Graph union = dataset.getDefaultGraph();     // an in-memory graph: a set
        Iterator<Node> names = loaded.listGraphNodes();
        while (names.hasNext()) {
            Node name = names.next();
            Graph g = loaded.getGraph(name);
            dataset.addGraph(name, g);
            g.find().forEachRemaining(union::add);   // each triple once
        }
        for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            String[] cols = line.split("\t");
            String query = Files.readString(Path.of(cols[1]), StandardCharsets.UTF_8);
            QueryExecBuilder builder = QueryExec.dataset(dataset).query(query);
            for (int i = 2; i < cols.length; i++) {
                int eq = cols[i].indexOf('=');
                builder = builder.substitution(Var.alloc(cols[i].substring(0, eq)),
                                               NodeFactoryExtra.parseNode(cols[i].substring(eq + 1)));
            }
            try (QueryExec exec = builder.build();
                 OutputStream out = new FileOutputStream(Path.of(args[2], cols[0] + ".srj").toFile())) {
                ResultSetFormatter.outputAsJSON(out, ResultSet.adapt(exec.select()));
            }
        }
    }
}
