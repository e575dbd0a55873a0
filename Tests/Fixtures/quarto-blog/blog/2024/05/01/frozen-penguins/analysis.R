placeholder analysis script
