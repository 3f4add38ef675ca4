package org.cityops.geo.web;

import java.util.List;

record GridDetailView(GridView grid, List<GridView> microGrids) {
}
