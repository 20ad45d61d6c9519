// Imports graph files with the Gephi toolkit, as Gephi's File > Open does, and
// prints what arrived, so a test can check that every node and edge did.
//
//   java -cp 'GEPHI_LIB/*' GephiImport.java FILE...
//
// For each FILE, one line "FILE<TAB>nodes<TAB>edges", then one line per edge
// "edge<TAB>source id<TAB>target id<TAB>edge type<TAB>edge label", then one line per import
// issue "issue<TAB>level<TAB>message". Gephi keeps parallel edges only when
// their types differ (GraphML: the edge's label attribute; GEXF: its kind).
import java.io.File;

import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Graph;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

public class GephiImport {
    public static void main(String[] args) throws Exception {
        ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
        ImportController importer = Lookup.getDefault().lookup(ImportController.class);
        for (String path : args) {
            projects.newProject();
            Workspace workspace = projects.getCurrentWorkspace();
            Container container = importer.importFile(new File(path));
            if (container == null) {
                System.out.println(path + "\tnot imported");
                continue;
            }
            importer.process(container, new DefaultProcessor(), workspace);
            GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
            Graph graph = model.getGraph();
            System.out.println(path + "\t" + graph.getNodeCount() + "\t" + graph.getEdgeCount());
            for (Edge e : graph.getEdges()) {
                System.out.println("edge\t" + e.getSource().getId() + "\t" + e.getTarget().getId() + "\t"
                                   + model.getEdgeTypeLabel(e.getType()) + "\t" + e.getLabel());
            }
            java.util.Iterator<Issue> issues = container.getReport().getIssues(1000);
            while (issues.hasNext()) {
                Issue issue = issues.next();
                System.out.println("issue\t" + issue.getLevel() + "\t" + issue.getMessage());
            }
            projects.closeCurrentProject();
        }
    }
}
