// The one place GL function declarations come from (core profile, system libGL).
#pragma once

#define GL_GLEXT_PROTOTYPES 1
#include <GL/glcorearb.h>
