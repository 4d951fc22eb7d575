"""Print-layout maths: paper, frames, extent at a scale, scale bar, north angle, legend."""
