#ifndef TOC_CGRAPHVIZ_SHIM_H
#define TOC_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
